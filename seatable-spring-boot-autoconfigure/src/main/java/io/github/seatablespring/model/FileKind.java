package io.github.seatablespring.model;

/**
 * What an upload is attached to: a file column or an image column. It decides the asset
 * folder ({@code files/YYYY-MM} or {@code images/YYYY-MM}) and the shape of the cell
 * value.
 */
public enum FileKind {

	/**
	 * For a file column; the cell holds {@code {name, size, type: "file", url}} objects.
	 */
	FILE,

	/** For an image column; the cell holds URL strings. */
	IMAGE

}
