import sys

from pipelines.cli import main

if __name__ == "__main__":  # worker processes import the main module again; they must not run the command
    sys.exit(main())
