import TermAlignReports

// The reports of the library write straight into the CLI's buffered stream.
extension OutputStream: ByteSink {}
