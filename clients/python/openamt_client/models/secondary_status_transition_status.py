from enum import StrEnum

class SecondaryStatusTransitionStatus(StrEnum):
    COMPLETED = "Completed"
    DOWNLOADING = "Downloading"
    DOWNLOADINGTRAININGIMAGE = "DownloadingTrainingImage"
    FAILED = "Failed"
    INTERRUPTED = "Interrupted"
    LAUNCHINGMLINSTANCES = "LaunchingMLInstances"
    MAXRUNTIMEEXCEEDED = "MaxRuntimeExceeded"
    MAXWAITTIMEEXCEEDED = "MaxWaitTimeExceeded"
    PENDING = "Pending"
    PREPARINGTRAININGSTACK = "PreparingTrainingStack"
    RESTARTING = "Restarting"
    STARTING = "Starting"
    STOPPED = "Stopped"
    STOPPING = "Stopping"
    TRAINING = "Training"
    UPDATING = "Updating"
    UPLOADING = "Uploading"

    def __str__(self) -> str:
        return str(self.value)
