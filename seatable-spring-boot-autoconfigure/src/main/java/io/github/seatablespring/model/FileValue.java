package io.github.seatablespring.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One file in a {@code file} cell: {@code {"name": "fav.ico", "size": 6746, "type":
 * "file", "url": "..."}}. Upload the file first and use the URL SeaTable returns; image
 * cells hold plain URL strings instead ({@code List<String>}).
 *
 * @param name the file name
 * @param size the size in bytes, if known
 * @param type SeaTable's file type ({@code file}, {@code image}, {@code document}, ...)
 * @param url the file's URL
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileValue(String name, @Nullable Long size, @Nullable String type, String url) {

}
