import Testing
import TermAlign

/// The format of a file from its name and first bytes: content that is unambiguous wins, the name
/// decides the rest, and a name that says text is text whatever markup it quotes.
struct FormatDetectionTests {
    @Test(arguments: [
        ("statement.ru.txt", "<html><body>quoted markup</body></html>", InputFormat.text),
        ("statement.ru.html", "plain words", .html),
        ("page", "<!DOCTYPE html><html>", .html),
        ("memory", "<?xml version=\"1.0\"?><tmx version=\"1.4\">", .tmx),
        ("project.xml", "<?xml version=\"1.0\"?><xliff version=\"2.0\">", .xliff),
        ("project.sdlxliff", "<?xml version=\"1.0\"?>", .xliff),
        ("report.pdf.txt", "%PDF-1.7", .pdf),
        ("notes", "Стороны заявляют", .text),
        ("archive.odt", "PK\u{3}\u{4}", .odt),
        ("archive.bin", "PK\u{3}\u{4}", .docx),
    ])
    func theFormatComesFromContentThenName(_ name: String, _ head: String, _ expected: InputFormat) {
        #expect(InputFormat.detect(path: name, bytes: Array(head.utf8)[...]) == expected)
    }
}
