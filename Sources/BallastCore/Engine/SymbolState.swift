/// A symbol's position and working orders.
struct SymbolState {
    var position: Quantity = .zero
    var working: [Order] = []
}
