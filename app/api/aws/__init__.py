"""The AWS protocols: one layer for every AWS service openamt speaks.

A request is routed to a service (`routing`), its input parsed from botocore's service model
for the protocol it came in (JSON 1.0/1.1, query, Smithy RPC v2 CBOR; S3's REST-XML in
`s3/`), the operation's handler (registered once, in `registry`) runs on plain values, and its
output is serialized by the same model. Handlers never see the wire: a timestamp is a
datetime, a blob bytes, a structure a dict keyed by the model's member names.
"""
