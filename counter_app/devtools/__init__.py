"""Developer tools: regenerating forms, translations and resources."""
