import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What this process has used so far, for the benchmarks' reports.
enum ProcessUsage {
    /// The most memory resident at any moment so far.
    static var peakResidentBytes: Double { Double(usage.ru_maxrss) * 1024 }

    /// Resident memory now (from /proc/self/statm; 0 where there is none).
    static var residentBytes: Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// User and system time, all threads.
    static var cpuSeconds: Double {
        let usage = usage
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static var usage: rusage {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage
    }
}
