import BallastCore

/// One fold's bar ranges (indices into the series).
public struct WalkForwardWindow: Sendable, Hashable {
    public var train: Range<Int>
    public var test: Range<Int>

    public init(train: Range<Int>, test: Range<Int>) {
        self.train = train
        self.test = test
    }
}
