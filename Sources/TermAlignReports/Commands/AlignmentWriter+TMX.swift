import TermAlignAlignment
import TermAlignComparison
import TermAlignText

extension AlignmentWriter {
    /// The alignment as a TMX 1.4b translation memory: one translation unit per aligned segment
    /// (its id as `tuid`), with a variant for every version that has text there, in its language;
    /// versions with nothing there are left out. The confidence is a property of each unit, and a
    /// unit whose confidence is below ``/TermAlignComparison/Finding/uncertainAlignment`` is marked
    /// uncertain, so that a translator can leave it out of a memory. Control characters, which
    /// XML cannot hold, are written as their visible Control Pictures, as the HTML report does.
    ///
    /// - Parameter toolVersion: The version the header names as the creating tool's.
    package func tmx(toolVersion: String) {
        let segtype = alignment.unit == .paragraph ? "paragraph" : "sentence"
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n")
        out.write("  <header creationtool=\"TermAlign\" creationtoolversion=\"")
        HTMLEscaping.write(toolVersion, to: out)
        out.write("\" segtype=\"\(segtype)\" o-tmf=\"TermAlign\" adminlang=\"en\" srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>\n")
        for segment in alignment.segments {
            let present = documents.indices.filter { segment.ranges[$0] != nil }
            guard !present.isEmpty else { continue }
            out.write("    <tu tuid=\"")
            HTMLEscaping.write(segment.id, to: out)
            out.write("\">\n      <prop type=\"x-confidence\">\(Self.number(segment.confidence))</prop>\n")
            if segment.confidence < Finding.uncertainAlignment {
                out.write("      <prop type=\"x-uncertain\">yes</prop>\n")
            }
            for index in present {
                out.write("      <tuv xml:lang=\"")
                HTMLEscaping.write(documents[index].language.rawValue, to: out)
                out.write("\"><seg>")
                HTMLEscaping.write(documents[index].text(in: documents[index].trimmed(segment.ranges[index]!)), to: out)
                out.write("</seg></tuv>\n")
            }
            out.write("    </tu>\n")
        }
        out.write("  </body>\n</tmx>\n")
    }
}
