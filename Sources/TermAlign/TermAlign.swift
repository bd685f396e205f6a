// The library other Swift packages import: it re-exports every pipeline stage's public API, so
// `import TermAlign` is all a client needs.
@_exported import TermAlignText
@_exported import TermAlignInputs
@_exported import TermAlignGlossary
@_exported import TermAlignMatching
@_exported import TermAlignAlignment
@_exported import TermAlignComparison
@_exported import TermAlignReports
@_exported import TermAlignTracking
