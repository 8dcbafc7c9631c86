package app.parallax.model;

import java.util.function.Function;

/** One value for the left article and one for the right. */
public record PerSide<T>(T left, T right) {

    public T get(Side side) {
        return side == Side.LEFT ? left : right;
    }

    public <R> PerSide<R> map(Function<? super T, ? extends R> f) {
        return new PerSide<>(f.apply(left), f.apply(right));
    }
}
