"""Reading the input folder: files to decoded article texts, HTML to text, near-duplicates, folder changes."""
