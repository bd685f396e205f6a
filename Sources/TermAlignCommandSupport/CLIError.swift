/// Errors of the command line itself (the library's own are ``TextError``).
package enum CLIError: Error, CustomStringConvertible {
    case output(path: String, reason: String)
    case message(String)

    package var description: String {
        switch self {
        case let .output(path, reason): return "\(path): cannot write: \(reason)"
        case let .message(text): return text
        }
    }
}
