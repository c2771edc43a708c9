package io.github.seatablespring.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A raw HTTP/1.1 server on a free loopback port for faults WireMock cannot hold still: it
 * answers the token exchange properly, and every other request with the status line, the
 * headers and the first bytes of a body announced longer, and then sends nothing more
 * until it is closed. It records the request line of every request it received.
 */
public final class StallingServer implements AutoCloseable {

	private final ServerSocket server;

	private final String body;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final CountDownLatch stalled = new CountDownLatch(1);

	/**
	 * @param body the JSON the stalled answers announce in {@code Content-Length}; only
	 * its first half is sent
	 */
	public StallingServer(String body) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.body = body;
		Thread acceptor = new Thread(this::accept, "stalling-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The server's URL, {@code http://127.0.0.1:port}. */
	public String url() {
		return "http://" + this.server.getInetAddress().getHostAddress() + ":" + this.server.getLocalPort();
	}

	/**
	 * The request lines received, such as {@code GET /api-gateway/... HTTP/1.1}, in
	 * order.
	 */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Waits (at most 5 s) until a stalled answer's headers and first bytes have been
	 * sent.
	 */
	public void awaitStalledAnswer() {
		try {
			if (!this.stalled.await(5, TimeUnit.SECONDS)) {
				throw new AssertionError("No answer was stalled within 5 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.connections.add(socket);
				Thread connection = new Thread(() -> serve(socket), "stalling-server-connection");
				connection.setDaemon(true);
				connection.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			while (true) {
				List<String> head = readHead(in);
				if (head.isEmpty()) {
					return;
				}
				this.requests.add(head.get(0));
				skipBody(in, head);
				if (head.get(0).contains(SeaTableStubs.TOKEN_PATH)) {
					String jwt = TestTokens.jwt(Instant.now().plus(3, ChronoUnit.DAYS), "tests");
					write(out, "200 OK", TestTokens.tokenResponse(jwt, TestTokens.BASE_UUID), false);
				}
				else {
					write(out, "200 OK", this.body, true);
					this.stalled.countDown();
					this.closed.await();
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client gave up: what the test expects
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void write(OutputStream out, String status, String body, boolean stall) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
				+ "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(bytes, 0, stall ? bytes.length / 2 : bytes.length);
		out.flush();
	}

	private static List<String> readHead(InputStream in) throws IOException {
		List<String> lines = new ArrayList<>();
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int previous = -1;
		for (int next = in.read(); next != -1; next = in.read()) {
			if (previous == '\r' && next == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				line.reset();
				if (text.isEmpty()) {
					return lines;
				}
				lines.add(text);
			}
			else if (next != '\r') {
				line.write(next);
			}
			previous = next;
		}
		return List.of();
	}

	private static void skipBody(InputStream in, List<String> head) throws IOException {
		for (String header : head) {
			if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				in.readNBytes(Integer.parseInt(header.substring("content-length:".length()).trim()));
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.closed.countDown();
		this.server.close();
		for (Socket socket : this.connections) {
			socket.close();
		}
	}

}
