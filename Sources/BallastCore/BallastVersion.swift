/// Ballast's release version, recorded with research runs and printed by `ballast --version`.
public enum BallastVersion {
    public static let current = "0.1.0"
}
