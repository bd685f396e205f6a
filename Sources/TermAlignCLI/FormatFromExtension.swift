/// The output format that `-o`'s file name asks for (report.html → html, findings.tsv → tsv), when
/// the command has a format by that name; nil otherwise. `--format` given wins over it.
func outputFormat<Format: RawRepresentable<String>>(forOutput path: String?) -> Format? {
    guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let aliases = ["htm": "html", "markdown": "md", "txt": "text"]
    let suffix = path[path.index(after: dot)...].lowercased()
    return Format(rawValue: aliases[suffix] ?? suffix)
}
