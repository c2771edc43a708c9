package io.github.seatablespring.test.api;

/**
 * One area of the SeaTable API (rows, views, files, ...): registers its routes. Adding an
 * area to the emulator is a new class implementing this and one line in
 * {@link Areas#all()}.
 */
public interface Area {

	void register(RouteTable routes);

}
