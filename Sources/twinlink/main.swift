import TwinLinkCLI

await TwinLinkCommand.start()
