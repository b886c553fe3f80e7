/// Purging and embargo over time-ordered samples whose labels span `[start, end]` (López de Prado,
/// *Advances in Financial Machine Learning*, ch. 7): a training sample is dropped when its span
/// overlaps the span of a test block, and the `embargo` samples right after each test block are
/// dropped too, because their features still carry information from the test period.
enum SpanPurging {
    /// Checks that spans are ordered by start (ends may interleave).
    static func checkOrdered(_ spans: [ClosedRange<Int64>]) throws(CrossValidationError) {
        for index in spans.indices.dropFirst() where spans[index].lowerBound < spans[index - 1].lowerBound {
            throw .spansNotOrdered(index: index)
        }
    }

    /// The indices in `candidates` that are in no test block, overlap no test block's span and are not
    /// among the `embargo` samples following a test block.
    static func train(candidates: Range<Int>, spans: [ClosedRange<Int64>], testBlocks: [Range<Int>],
                      embargo: Int) -> [Int] {
        var excluded = [Bool](repeating: false, count: spans.count)
        for block in testBlocks where !block.isEmpty {
            // Spans are ordered by start, so the block starts with its first sample; ends may interleave.
            let end = spans[block].reduce(Int64.min) { max($0, $1.upperBound) }
            let blockSpan = spans[block.lowerBound].lowerBound...end
            for index in candidates where spans[index].overlaps(blockSpan) { excluded[index] = true }
            for index in block.lowerBound..<min(block.upperBound + embargo, spans.count) { excluded[index] = true }
        }
        return candidates.filter { !excluded[$0] }
    }

    /// Splits `count` samples into `groups` contiguous blocks whose sizes differ by at most one, the
    /// larger blocks first (NumPy's `array_split`).
    static func blocks(count: Int, groups: Int) -> [Range<Int>] {
        let base = count / groups, extra = count % groups
        var start = 0
        return (0..<groups).map { group in
            let size = base + (group < extra ? 1 : 0)
            defer { start += size }
            return start..<(start + size)
        }
    }

    /// The embargo length in samples: `fraction` of all samples, rounded up.
    static func embargoCount(fraction: Double, sampleCount: Int) throws(CrossValidationError) -> Int {
        guard fraction >= 0, fraction < 1 else { throw .invalidSetting(name: "embargoFraction", reason: "must be in [0, 1)") }
        return Int((fraction * Double(sampleCount)).rounded(.up))
    }
}
