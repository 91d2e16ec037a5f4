import TwinLinkCLI

TwinLinkCommand.main()
