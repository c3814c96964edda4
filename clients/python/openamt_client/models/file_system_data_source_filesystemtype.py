from enum import StrEnum

class FileSystemDataSourceFilesystemtype(StrEnum):
    EFS = "EFS"
    FSXLUSTRE = "FSxLustre"

    def __str__(self) -> str:
        return str(self.value)
