// Output/: the one loop around write(2). Every byte dtree writes to a descriptor (standard
// output, standard error, a file being replaced) goes through it, and every failure is a
// typed error.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A write to a file descriptor that failed, with the `errno` it failed with.
public struct DescriptorWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `errno` value of the failed write.
    public let code: Int32

    /// Creates the error for `errno` value `code`.
    public init(code: Int32) { self.code = code }

    /// Whether the reader went away (`EPIPE`): the quiet end of a pipeline such as `| head`.
    public var isBrokenPipe: Bool { code == EPIPE }

    /// The system's words for the failure ("No space left on device").
    public var description: String { String(cString: strerror(code)) }
}

/// Writes whole buffers to file descriptors, in the style of apple/swift-system's `writeAll`:
/// short writes are continued, interrupted writes (`EINTR`) retried, a full non-blocking
/// descriptor waited for, and anything else thrown as a ``DescriptorWriteError``.
public enum DescriptorWriter {
    /// Writes every byte of `buffer` to `descriptor`.
    /// - Throws: ``DescriptorWriteError`` for the first write that fails (a write of nothing counts as `EIO`).
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws(DescriptorWriteError) {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            if written == 0 { throw DescriptorWriteError(code: EIO) }
            let code = errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                // A non-blocking descriptor (some terminals and parents hand these out): wait
                // until it takes more rather than spinning or dropping output.
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                if poll(&ready, 1, -1) < 0, errno != EINTR { throw DescriptorWriteError(code: errno) }
            default:
                throw DescriptorWriteError(code: code)
            }
        }
    }

    /// Writes `text` as UTF-8 to `descriptor`.
    /// - Throws: ``DescriptorWriteError``.
    public static func writeAll(_ text: String, to descriptor: Int32) throws(DescriptorWriteError) {
        var text = text
        var failure: DescriptorWriteError?
        text.withUTF8 { bytes in
            do throws(DescriptorWriteError) { try writeAll(UnsafeRawBufferPointer(bytes), to: descriptor) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes every byte of `bytes` to `descriptor`.
    /// - Throws: ``DescriptorWriteError``.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(DescriptorWriteError) {
        var failure: DescriptorWriteError?
        bytes.withUnsafeBytes { buffer in
            do throws(DescriptorWriteError) { try writeAll(buffer, to: descriptor) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
