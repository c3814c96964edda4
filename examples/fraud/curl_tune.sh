#!/usr/bin/env bash
# The fraud-detection tuning job with curl over the REST door (needs curl and python3).
#   python examples/fraud/make_data.py && examples/fraud/curl_tune.sh
# OPENAMT_ENDPOINT (default http://127.0.0.1:8000), NAME (default fraud-curl),
# OPENAMT_TOKEN (a bearer token, when the server requires one).
set -euo pipefail
endpoint="${OPENAMT_ENDPOINT:-http://127.0.0.1:8000}"
name="${NAME:-fraud-curl}"
here="$(cd "$(dirname "$0")" && pwd)"
auth=()
[[ -n "${OPENAMT_TOKEN:-}" ]] && auth=(-H "Authorization: Bearer ${OPENAMT_TOKEN}")
api() { curl -sS --fail-with-body "${auth[@]}" "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# 1. Create: the body is a CreateHyperParameterTuningJob request, with our name.
python3 -c "import json,sys; b=json.load(open(sys.argv[1])); b['HyperParameterTuningJobName']=sys.argv[2]; print(json.dumps(b))" \
  "$here/tuning-job.json" "$name" |
  api -X POST "$endpoint/v1/hyper-parameter-tuning-jobs" -H 'Content-Type: application/json' -d @-
echo

# 2. Wait until it ends.
while true; do
  status="$(api "$endpoint/v1/hyper-parameter-tuning-jobs/$name" | field "['HyperParameterTuningJobStatus']")"
  echo "status: $status"
  case "$status" in Completed|Failed|Stopped) break ;; esac
  sleep 1
done

# 3. The three best training jobs, and the best one's model.
api "$endpoint/v1/hyper-parameter-tuning-jobs/$name/training-jobs?SortBy=FinalObjectiveMetricValue&SortOrder=Descending&MaxResults=3" |
  python3 -c "import json,sys
for j in json.load(sys.stdin)['TrainingJobSummaries']:
    print(j['TrainingJobName'], j['FinalHyperParameterTuningJobObjectiveMetric']['Value'])"
best="$(api "$endpoint/v1/hyper-parameter-tuning-jobs/$name" | field "['BestTrainingJob']['TrainingJobName']")"
echo "model: $(api "$endpoint/v1/training-jobs/$best" | field "['ModelArtifacts']['S3ModelArtifacts']")"
[[ "$status" == Completed ]]
