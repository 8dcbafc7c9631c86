package app.parallax.model;

public enum Side {
    LEFT, RIGHT
}
