/// The parts of an XGBoost JSON model (`Booster.save_model("….json")`, XGBoost 1.0 and later) that
/// prediction needs, decoded with the file's own key names.
struct XGBoostModelFile: Decodable {
    let learner: Learner

    struct Learner: Decodable {
        let learner_model_param: ModelParam
        let gradient_booster: GradientBooster
        let objective: Objective
    }

    /// XGBoost writes these numbers as strings; `base_score` is `"5E-1"` or, from 3.0, `"[5E-1]"`.
    struct ModelParam: Decodable {
        let base_score: String
        let num_feature: String
        let num_class: String?
        let num_target: String?
    }

    struct Objective: Decodable {
        let name: String
    }

    struct GradientBooster: Decodable {
        let name: String
        let model: Model?
    }

    struct Model: Decodable {
        let trees: [Tree]
    }

    /// One tree as parallel node arrays; a node is a leaf when its left child is -1, and a leaf's
    /// `split_conditions` entry is its value (learning rate applied). Floats decode as `Float`
    /// because XGBoost stores and compares them as `float`.
    struct Tree: Decodable {
        let split_indices: [Int]
        let split_conditions: [Float]
        let left_children: [Int]
        let right_children: [Int]
        let default_left: [Flag]
        let split_type: [Int]?
    }

    /// `default_left` holds 0/1 in current files and `true`/`false` in some older ones.
    struct Flag: Decodable {
        let value: Bool

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let bool = try? container.decode(Bool.self) { value = bool } else { value = try container.decode(Int.self) != 0 }
        }
    }
}
