"""The examples of the wire models in the OpenAPI document, one module a domain, each keyed by
class name: every operation's request and answer has one, and the nested schemas take theirs
from these (app/api/openapi.py). One story runs through them: the fraud tuning job, its best
training job, and its model deployed."""
