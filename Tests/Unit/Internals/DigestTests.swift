@testable import DecisionTree
import Testing

/// `Digest` (Internals/Digest) against the FIPS 180-2 SHA-256 test vectors, through whichever
/// libcrypto functions this machine's libcrypto offers (the low-level ones or `EVP_Digest`).
@Suite struct DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(message: String, expected: String) {
        #expect(Digest.sha256Hex(message.utf8) == expected)
        #expect(Digest.sha256Hex(Array(message.utf8)) == expected)
    }

    @Test func oneMillionLetters() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Digest.sha256Hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func nonContiguousBytesHashAsTheirArray() {
        let bytes = (0..<1000).lazy.map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(Digest.sha256(bytes) == Digest.sha256(Array(bytes)))
    }
}
