@testable import BallastStore
import CSQLite
import Foundation
import Testing

@Suite struct WALCheckpointerTests {
    /// The checkpointing connection must see the log the writer appends to: opened without a
    /// first read, its checkpoints reported a log of -1 frames and copied nothing, and the log
    /// grew to the writer's backstop (a 50 ms stall every thousand orders).
    @Test func theCheckpointConnectionCopiesTheWritersLogBack() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ballast-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.sqlite").path
        let database = try SQLiteDatabase(path: path)
        try await database.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)", [])
        for n in 0..<50 { try await database.execute("INSERT INTO t (n, v) VALUES (?, ?)", [.integer(Int64(n)), .text("row \(n)")]) }
        let connection = try #require(WALCheckpointer.openConnection(path: path))
        defer { sqlite3_close_v2(connection) }
        // The database's own checkpoint thread may hold the checkpoint lock for a moment (then
        // this one reports -1 too): try again for up to five seconds.
        var frames = WALCheckpointer.checkpoint(connection)
        for _ in 0..<500 where frames.log < 0 {
            try await Task.sleep(for: .milliseconds(10))
            frames = WALCheckpointer.checkpoint(connection)
        }
        #expect(frames.log > 0)
        #expect(frames.copied == frames.log)
        await database.close()
    }
}
