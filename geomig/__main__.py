from geomig.cli import main

main()
