import Foundation

/// A fitted ensemble of binary decision trees over dense numeric feature rows: the one inference type
/// behind Ballast's own gradient-boosted trees and the LightGBM and XGBoost models it imports.
///
/// Nodes of all trees live in flat, parallel arrays so that prediction walks contiguous memory. A child
/// index `c >= 0` is an internal node; `c < 0` is the leaf `~c`. A tree whose root is a leaf has
/// `roots[t] < 0` too. The raw score of a row is `baseScore` plus the sum of one leaf per tree, in tree
/// order; `link` maps it to the model's output (a probability for binary objectives).
public struct TreeEnsemble: Sendable, Equatable {
    /// How a row's value is compared with a node's threshold.
    public enum SplitRule: UInt8, Sendable, Codable {
        /// `value <= threshold` goes left (LightGBM and Ballast's own trees).
        case lessOrEqual
        /// `value < threshold` goes left (XGBoost).
        case less
    }

    /// What a node does with a missing value.
    public enum MissingRule: UInt8, Sendable, Codable {
        /// NaN follows the node's default direction.
        case nanToDefault
        /// NaN and 0 (|value| ≤ 1e-35, LightGBM's `kZeroThreshold`) follow the default direction
        /// (LightGBM `missing_type=Zero`).
        case zeroOrNaNToDefault
        /// NaN is compared as 0 (LightGBM `missing_type=None`).
        case nanAsZero
    }

    /// The floating-point type a prediction is computed in.
    public enum Arithmetic: UInt8, Sendable, Codable {
        /// Rows, sums and the link in `Double` (LightGBM and Ballast's own trees).
        case double
        /// XGBoost's arithmetic: each row value is rounded to `Float` before it is compared, leaves are
        /// summed onto the base score in `Float`, and the logistic link is XGBoost's `Float` sigmoid,
        /// so predictions match XGBoost's bit for bit.
        case float32
    }

    /// The transform from raw score to prediction.
    public enum Link: String, Sendable, Codable {
        /// The prediction is the raw score (L2 regression).
        case identity
        /// The prediction is `1 / (1 + exp(-raw))` (binary logistic).
        case logistic
    }

    public let featureCount: Int
    public let splitRule: SplitRule
    public let link: Link
    public let baseScore: Double
    /// Per tree: its root node, or `~leaf` for a single-leaf tree.
    public let roots: [Int32]
    public let feature: [Int32]
    public let threshold: [Double]
    public let left: [Int32]
    public let right: [Int32]
    public let defaultLeft: [Bool]
    public let missing: [MissingRule]
    public let leafValue: [Double]
    public let arithmetic: Arithmetic

    /// Builds an ensemble from its flat arrays; traps on arrays that do not describe valid trees,
    /// because importers and trainers validate their input before they get here.
    public init(featureCount: Int, splitRule: SplitRule, link: Link, baseScore: Double, roots: [Int32],
                feature: [Int32], threshold: [Double], left: [Int32], right: [Int32],
                defaultLeft: [Bool], missing: [MissingRule], leafValue: [Double],
                arithmetic: Arithmetic = .double) {
        let nodes = feature.count
        precondition([threshold.count, left.count, right.count, defaultLeft.count, missing.count]
            .allSatisfy { $0 == nodes }, "TreeEnsemble: node arrays differ in length")
        precondition(feature.allSatisfy { $0 >= 0 && Int($0) < featureCount }, "TreeEnsemble: feature out of range")
        for child in left + right + roots {
            precondition(child >= 0 ? Int(child) < nodes : Int(~child) < leafValue.count,
                         "TreeEnsemble: child out of range")
        }
        self.featureCount = featureCount
        self.splitRule = splitRule
        self.link = link
        self.baseScore = baseScore
        self.roots = roots
        self.feature = feature
        self.threshold = threshold
        self.left = left
        self.right = right
        self.defaultLeft = defaultLeft
        self.missing = missing
        self.leafValue = leafValue
        self.arithmetic = arithmetic
    }

    /// The number of trees.
    public var treeCount: Int { roots.count }

    /// The leaf value tree `tree` assigns to `row` (`row.count == featureCount`).
    @inlinable
    public func leaf(ofTree tree: Int, row: UnsafeBufferPointer<Double>) -> Double {
        var node = roots[tree]
        while node >= 0 {
            let index = Int(node)
            node = goesLeft(node: index, value: row[Int(feature[index])]) ? left[index] : right[index]
        }
        return leafValue[Int(~node)]
    }

    /// The raw score (margin) of one row: `baseScore` plus every tree's leaf, summed in tree order.
    @inlinable
    public func rawScore(row: UnsafeBufferPointer<Double>) -> Double {
        precondition(row.count == featureCount, "TreeEnsemble: row has \(row.count) features, model \(featureCount)")
        if arithmetic == .float32 {
            var sum = Float(baseScore)
            for tree in 0..<roots.count { sum += Float(leaf(ofTree: tree, row: row)) }
            return Double(sum)
        }
        var sum = baseScore
        for tree in 0..<roots.count { sum += leaf(ofTree: tree, row: row) }
        return sum
    }

    /// The model's prediction for one row: the raw score through `link`.
    @inlinable
    public func predict(row: UnsafeBufferPointer<Double>) -> Double {
        output(fromRaw: rawScore(row: row))
    }

    /// The prediction a raw score stands for: `link` applied in the model's arithmetic.
    @inlinable
    public func output(fromRaw raw: Double) -> Double {
        switch link {
        case .identity: return raw
        case .logistic:
            return arithmetic == .float32 ? Double(Self.sigmoid(Float(raw))) : 1 / (1 + exp(-raw))
        }
    }

    /// XGBoost's `common::Sigmoid(float)`: the clamp and the epsilon are part of its result.
    @inlinable
    static func sigmoid(_ raw: Float) -> Float {
        let denominator = expf(min(-raw, 88.7)) + 1 + 1e-16
        return 1 / denominator
    }

    /// LightGBM's `kZeroThreshold` (the `Float` literal 1e-35f): values this close to 0 count as 0.
    @inlinable
    static var zeroThreshold: Double { Double(1e-35 as Float) }

    @inlinable
    func goesLeft(node: Int, value: Double) -> Bool {
        var value = arithmetic == .float32 ? Double(Float(value)) : value
        switch missing[node] {
        case .nanToDefault:
            if value.isNaN { return defaultLeft[node] }
        case .zeroOrNaNToDefault:
            if value.isNaN || abs(value) <= Self.zeroThreshold { return defaultLeft[node] }
        case .nanAsZero:
            if value.isNaN { value = 0 }
        }
        switch splitRule {
        case .lessOrEqual: return value <= threshold[node]
        case .less: return value < threshold[node]
        }
    }
}
