import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `termalign align --format tmx`: a well-formed TMX 1.4b memory with one unit per aligned segment,
/// each version that has text there as a variant in its language, the confidence as a property, and
/// what TermAlign reads back as the same segments.
@Suite("termalign align --format tmx")
struct TMXExportCLITests {
    /// The units of a TMX: tuid, properties by type, and the variants' languages and texts.
    final class Units: NSObject, XMLParserDelegate {
        var units: [(id: String, props: [String: String], variants: [(String, String)])] = []
        private var text = "", prop: String?, lang: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            text = ""
            switch element {
            case "tu": units.append((attributes["tuid"] ?? "", [:], []))
            case "prop": prop = attributes["type"]
            case "tuv": lang = attributes["xml:lang"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "prop", let prop { units[units.count - 1].props[prop] = text }
            if element == "seg", let lang { units[units.count - 1].variants.append((lang, text)) }
        }
    }

    @Test func theSampleIsOneUnitPerSegmentAndReadsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("sample.tmx").path
        let written = try CLI.run(["align", "-o", memory] + AlignCLITests.sample)
        #expect(written.status == 0, "\(written.error)")
        let segments = try #require(try CLI.run(["align", "--format", "json"] + AlignCLITests.sample).json()["segments"] as? [[String: Any]])

        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: memory)))
        let units = Units()
        parser.delegate = units
        #expect(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
        #expect(units.units.map(\.id) == segments.map { $0["id"] as? String ?? "" })
        for (unit, segment) in zip(units.units, segments) {
            let ranges = try #require(segment["ranges"] as? [String: Any])
            #expect(unit.variants.map(\.0) == ["ru", "zh", "en"].filter { ranges[$0] is [Int] }, "versions without text are left out")
            #expect(unit.variants.allSatisfy { !$0.1.isEmpty })
            let confidence = try #require(segment["confidence"] as? Double)
            #expect(unit.props["x-confidence"].flatMap(Double.init) == confidence)
            #expect((unit.props["x-uncertain"] == "yes") == (confidence < 0.5))
        }
        // TermAlign reads a TMX as aligned units: the same texts come back, unit by unit.
        let back = try CLI.run(["align", "--format", "tsv", memory])
        #expect(back.status == 0, "\(back.error)")
        let rows = back.text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == units.units.count)
        let original = try CLI.run(["align", "--format", "tsv"] + AlignCLITests.sample).text.split(separator: "\n").dropFirst()
            .map { Array($0.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(2)) }
        #expect(rows.map { Array($0.dropFirst(2)) } == original)
    }
}
