import Foundation
import Testing
import TermAlignTestSupport

/// The Spark recipe (scripts/spark): termalign packed as executors receive it, `track` and `batch`
/// run by PySpark in local mode over several partitions, and the results byte for byte those of one
/// process. Needs pyspark and Java (`make spark-demo` installs them); skipped without them.
@Suite(.enabled(if: Spark.available, "needs pyspark and Java (make spark-demo installs both) and ../shared/parallel"),
       .serialized)
struct SparkRecipeTests {

    static func shell(_ command: [String], in folder: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = folder
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func trackAndBatchOnSparkGiveTheBytesOfOneProcess() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termalign-spark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let parallel = Checkout.shared!.appendingPathComponent("parallel")
        let corpus = try PlantedCorpus.generate(parallel: parallel, documents: 240)
        try Data((corpus.lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("corpus.jsonl"))
        let manifest = try PlantedCorpus.manifest(parallel: parallel, sets: 12)
        try Data((manifest.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("manifest.jsonl"))
        let pack = try Self.shell([CLI.root.appendingPathComponent("scripts/spark/pack.sh").path, CLI.executable("termalign").path,
                                   "termalign.tar.gz"], in: folder)
        try #require(pack.status == 0, "pack: \(pack.error)")
        for (command, input, output) in [("track", "corpus.jsonl", "spark.json"), ("batch", "manifest.jsonl", "spark.jsonl")] {
            let spark = try Self.shell(["python3", CLI.root.appendingPathComponent("scripts/spark/termalign_spark.py").path, command,
                                        input, "-o", output, "--pack", "termalign.tar.gz", "--master", "local[2]", "--partitions", "3"],
                                       in: folder)
            try #require(spark.status == 0, "spark \(command): \(spark.error.suffix(2_000))")
            let single = try CLI.run([command, folder.appendingPathComponent(input).path])
            #expect(single.status == 0)
            let distributed = try Data(contentsOf: folder.appendingPathComponent(output))
            #expect(distributed == single.output, "\(command) on Spark differs from one process")
        }
    }
}

/// Whether this machine can run the Spark recipe.
enum Spark {
    static let available: Bool = {
        guard Checkout.shared != nil else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sh", "-c", "command -v java && python3 -c 'import pyspark'"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
