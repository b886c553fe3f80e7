import BallastCore
import Testing

@Suite struct PartitioningIndexTests {
    @Test func findsTheFirstElementPastTheSplitInEveryPosition() {
        let sorted = [1, 3, 3, 5, 8, 13]
        for value in 0...14 {
            #expect(sorted.partitioningIndex { $0 > value } == sorted.firstIndex { $0 > value } ?? sorted.endIndex, "\(value)")
        }
        #expect([Int]().partitioningIndex { $0 > 0 } == 0)
    }

    @Test func answersInTheIndicesOfASlice() {
        let sorted = [1, 3, 3, 5, 8, 13]
        #expect(sorted[2...].partitioningIndex { $0 > 3 } == 3)
        #expect(sorted[4...].partitioningIndex { $0 > 100 } == 6)
        #expect(sorted[4...].partitioningIndex { $0 > 0 } == 4)
    }
}
