import ArgumentParser
import TermAlignGlossary

/// `--to yaml|tbx|csv|tsv`, in both tools.
extension GlossaryFormat: ExpressibleByArgument {}
