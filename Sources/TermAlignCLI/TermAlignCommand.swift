import ArgumentParser
import CTermAlignSystem
import TermAlign
import TermAlignCommandSupport

#if canImport(Glibc)
import Glibc
#endif

/// `termalign`: compare language versions of one official text (see README.md).
@main
struct TermAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "termalign",
        abstract: "Find, align and compare the key terms of Russian, Chinese and English versions of one text.",
        version: TermAlignVersion.current,
        subcommands: [CompareCommand.self, BatchCommand.self, TrackCommand.self, DiffTermsCommand.self, FindCommand.self, AlignCommand.self, ExtractCommand.self, NormalizeCommand.self, SegmentCommand.self, AnalyzeCommand.self, GlossaryCommand.self, WaiveCommand.self]
    )

    /// Exit status 0 on success, 2 on a usage or input error (ArgumentParser's own 64 is folded into 2
    /// so scripts need to know one code).
    static func main() {
        // Before any thread starts: the tool's peak memory is what users size machines by.
        _ = ta_malloc_use_one_arena()
        do {
            var command = try parseAsRoot()
            try command.run()
            // The word forms this run keyed, for the next run (which then may not load Hunspell at all).
            Lemmatizer.keepAllForms()
        } catch let error as TextError {
            fail("\(error)" + hint(for: error))
        } catch let error as CLIError {
            fail("\(error)")
        } catch let error as GlossaryError {
            fail("\(error)")
        } catch let error as InputError {
            fail("\(error)")
        } catch let error as Tracking.ReadingError {
            fail("\(error)")
        } catch let error as AlignmentError {
            fail("\(error)")
        } catch let error as ComparisonError {
            fail("\(error)")
        } catch let error as WaiverError {
            fail("\(error)")
        } catch let error as ExitCode {
            Glibc.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            Console.error(fullMessage(for: error))
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// What to do about a library error with this tool's options: the library speaks of its own API.
    private static func hint(for error: TextError) -> String {
        switch error {
        case .invalidUTF8: return " (termalign: --lossy)"
        case .undeterminedLanguage: return " (termalign: --lang)"
        case .missingDictionary: return " (termalign: `make setup` installs them)"
        default: return ""
        }
    }

    private static func fail(_ message: String) -> Never {
        Console.error("termalign: error: \(message)")
        Glibc.exit(2)
    }
}
