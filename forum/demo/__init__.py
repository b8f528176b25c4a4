"""Demo content: fictional civil servants asking and answering realistic questions."""
