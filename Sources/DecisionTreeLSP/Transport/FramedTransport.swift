// Transport/: JSON-RPC messages with `Content-Length` headers over file descriptors (the
// standard streams), read without blocking past a timeout so that debounced work can run.

import DecisionTree
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads framed messages from a file descriptor and writes framed messages to another.
///
/// Headers are `Name: value` lines ended by an empty line; only `Content-Length` is used
/// (`Content-Type` is accepted and ignored). A header block without a length is skipped; a
/// length past ``maximumMessageSize`` closes the connection, since its body cannot be found.
package final class FramedTransport: MessageTransport {
    /// The largest message accepted: 64 MiB, twice the largest tree file.
    static let maximumMessageSize = 64 << 20
    /// The largest header block accepted: a client's is under a hundred bytes. A longer one
    /// (a block that never ends) closes the connection instead of being buffered without end.
    static let maximumHeaderSize = 64 << 10

    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the end of the header block at `start` resumes: no header end
    /// begins before it, so each byte is searched once however the block arrives.
    private var searched = 0
    /// Whether input has ended (end of file or an unrecoverable error).
    package private(set) var closed = false

    /// A transport reading `input` and writing `output` (standard input and output by default).
    package init(input: Int32 = 0, output: Int32 = 1) {
        self.input = input
        self.output = output
    }

    /// Waits up to `timeout` milliseconds (-1: forever) for input, then returns every complete
    /// message body read so far.
    package func receive(timeout: Int32) -> [Data] {
        var messages = frames()
        guard messages.isEmpty, !closed else { return messages }
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeout)
        if ready < 0, errno != EINTR { closed = true }
        guard ready > 0 else { return messages }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR {
            closed = true
        }
        messages = frames()
        return messages
    }

    /// Sends one message body with its header. A message that cannot be written (the client
    /// went away, or its pipe broke) is an ``OutputFailure``: the server ends as any failed
    /// output ends dtree, with exit 2, or 141 for a broken pipe.
    package func send(_ body: Data) throws(OutputFailure) {
        var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        bytes.append(contentsOf: body)
        do throws(DescriptorWriteError) {
            try DescriptorWriter.writeAll(bytes, to: output)
        } catch {
            throw OutputFailure(descriptor: output, error: error)
        }
    }

    /// Splits complete messages off the buffer.
    private func frames() -> [Data] {
        var messages: [Data] = []
        while true {
            guard let headerEnd = find([13, 10, 13, 10], from: max(start, searched)) else {
                searched = max(start, buffer.count - 3)
                if buffer.count - start > Self.maximumHeaderSize {
                    closed = true
                    buffer.removeAll()
                    start = 0
                    searched = 0
                    return messages
                }
                break
            }
            searched = headerEnd
            let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
            var length: Int?
            // Split on "\r\n" as a string: in Swift it is one Character, never equal to "\r" or "\n".
            for line in header.components(separatedBy: "\r\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingWhitespace().lowercased() == "content-length" {
                    length = Int(parts[1].trimmingWhitespace())
                }
            }
            let bodyStart = headerEnd + 4
            guard let length, length >= 0 else {
                start = bodyStart  // No usable length: skip the header block.
                continue
            }
            guard length <= Self.maximumMessageSize, headerEnd - start <= Self.maximumHeaderSize else {
                closed = true
                buffer.removeAll()
                start = 0
                searched = 0
                return messages
            }
            guard buffer.count - bodyStart >= length else { break }
            messages.append(Data(buffer[bodyStart..<(bodyStart + length)]))
            start = bodyStart + length
        }
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            searched = max(0, searched - start)
            start = 0
        }
        return messages
    }

    private func find(_ pattern: [UInt8], from: Int) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        var index = from
        while index + pattern.count <= buffer.count {
            if buffer[index] == pattern[0], buffer[index + 1] == pattern[1], buffer[index + 2] == pattern[2],
                buffer[index + 3] == pattern[3]
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
