import Foundation
import TermAlignTestSupport

/// Runs the built `termalign` executable (or an example program), as a user would.
enum CLI {
    /// The package's root folder.
    static var root: URL { Checkout.root }

    /// A built executable beside the test bundle (both live in .build/<configuration>/).
    static func executable(_ name: String) -> URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return root.appendingPathComponent(".build/debug/\(name)")
    }

    struct Result {
        let status: Int32
        let output: Data
        let error: String
        var text: String { String(decoding: output, as: UTF8.self) }

        /// The output parsed as a JSON object.
        func json() throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: output) as? [String: Any] ?? [:]
        }
    }

    static func run(_ arguments: [String], input: [UInt8] = [], program: String = "termalign",
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable(program)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while writing, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var output = Data(), error = Data()
        group.enter()
        DispatchQueue.global().async { output = stdout.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { error = stderr.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, error: String(decoding: error, as: UTF8.self))
    }

    /// Writes `bytes` to a temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("termalign-cli-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url.path
    }
}
