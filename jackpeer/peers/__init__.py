"""Jack in a group: session state, the two roles, when to speak, instructions, tools, and the web room."""
