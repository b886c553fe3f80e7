import Foundation
import Testing

/// Opens an HTML file in headless Chromium (Debian's `chromium`, which `.ci/run` installs) and
/// checks what the browser built, plus a screenshot.
enum BrowserCheck {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func expectRendersCharts(_ page: String, count: Int) throws {
        guard let chromium else {
            Issue.record("chromium is not installed (apt-get install chromium); the tearsheet was not checked in a browser")
            return
        }
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
        let dom = try run(chromium, flags + ["--dump-dom", "file://" + page])
        // The DOM the browser parsed holds every chart, each drawn (a path, rect or polygon inside).
        let charts = dom.components(separatedBy: "<svg").dropFirst()
        #expect(charts.count == count, "the browser saw \(charts.count) charts")
        for chart in charts { #expect(chart.contains("<path") || chart.contains("<rect")) }
        let screenshot = page + ".png"
        _ = try run(chromium, flags + ["--window-size=1000,2700", "--screenshot=" + screenshot, "file://" + page])
        let size = (try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
        #expect(size > 50_000, "screenshot of \(size) bytes")
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
