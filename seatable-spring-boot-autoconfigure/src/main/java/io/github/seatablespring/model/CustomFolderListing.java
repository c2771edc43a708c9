package io.github.seatablespring.model;

import java.util.List;

/**
 * The content of a custom folder ({@code getCustomFiles}).
 *
 * @param directories names of the subfolders
 * @param files names of the files
 */
public record CustomFolderListing(List<String> directories, List<String> files) {

	public CustomFolderListing {
		directories = List.copyOf(directories);
		files = List.copyOf(files);
	}

}
