from kzkg.cli.main import main

main()
