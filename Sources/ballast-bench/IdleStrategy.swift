import ArgumentParser
import BallastCore
import BallastData
import BallastEngine
import Foundation

/// A strategy that never trades: the engine's own cost per bar.
struct IdleStrategy: Strategy {}
