"""Where attachments plug into the board: the file field on its forms, the files under each post."""
