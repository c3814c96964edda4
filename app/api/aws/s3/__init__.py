"""S3's REST-XML door over openamt's object store (`app/objects/`).

A request is an S3 request by its SigV4 credential scope or its virtual-host Host header
(`routing`); it is matched to an operation of botocore's `s3` model by method, path and the
query and header members the model requires (`model`), authenticated with S3's SigV4 rules
(`sigv4`), its input read from the same model (`protocol`, `xmlcodec`; bodies streamed to
disk by `body`), run by a handler on plain values (`handlers/`), and its output or error
serialized by the model again. `S3App` (`app`) is the ASGI application the guard hands such
requests to.
"""
