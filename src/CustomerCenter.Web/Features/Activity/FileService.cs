using System.Security.Cryptography;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>Files attached to customers: checked (size, type by content), stored, served, removed.</summary>
public sealed class FileService(AppDbContext db, DatabaseOptions database, IOptions<FileOptions> options)
{
    private string Folder => Path.Combine(database.DataFolder, "files");

    public async Task<Outcome<CustomerFile>> UploadAsync(long customerId, string? fileName, string? declaredType, Stream content, long? length, CancellationToken ct)
    {
        if (await CustomerGuard.CheckAsync<CustomerFile>(db, customerId, ct) is { } refused)
        {
            return refused;
        }

        if (length > ActivityLimits.MaxFileBytes)
        {
            return TooLarge();
        }

        var bytes = await ReadAtMostAsync(content, ActivityLimits.MaxFileBytes + 1, ct);
        if (bytes.Length > ActivityLimits.MaxFileBytes)
        {
            return TooLarge();
        }

        if (bytes.Length == 0)
        {
            return Outcome<CustomerFile>.Invalid("file", "The file is empty.");
        }

        var name = CleanName(fileName);
        var (contentType, problem) = FileSniffer.Detect(bytes, name, declaredType);
        if (contentType is null)
        {
            return Outcome<CustomerFile>.Invalid("file", problem!);
        }

        var file = new CustomerFile
        {
            CustomerId = customerId,
            FileName = name,
            ContentType = contentType,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Storage = options.Value.Storage,
            UploadedBy = db.Actor.Name,
        };
        if (file.Storage == FileStorage.Database)
        {
            file.Content = new CustomerFileContent { Content = bytes };
        }
        else
        {
            Directory.CreateDirectory(Folder);
            file.StoredName = $"{Guid.NewGuid():N}.bin";
            await File.WriteAllBytesAsync(Path.Combine(Folder, file.StoredName), bytes, ct);
        }

        db.CustomerFiles.Add(file);
        Record(file, $"File “{file.FileName}” attached ({CustomerFileDto.Size(file.SizeBytes)})");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch when (file.StoredName is not null)
        {
            File.Delete(Path.Combine(Folder, file.StoredName));
            throw;
        }

        return Outcome<CustomerFile>.Ok(file);
    }

    public async Task<List<CustomerFileDto>> ListAsync(long customerId, CancellationToken ct) =>
        [.. (await db.CustomerFiles.AsNoTracking().Where(f => f.CustomerId == customerId)
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).ToListAsync(ct)).Select(CustomerFileDto.From)];

    /// <summary>The file and its bytes; null for an unknown id or one of another customer (when a customer is given).</summary>
    public async Task<(CustomerFile File, Stream Content)?> OpenAsync(long id, long? customerId, CancellationToken ct)
    {
        var file = await db.CustomerFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && (customerId == null || f.CustomerId == customerId), ct);
        if (file is null)
        {
            return null;
        }

        if (file.Storage == FileStorage.Folder)
        {
            var path = Path.Combine(Folder, file.StoredName!);
            return File.Exists(path) ? (file, File.OpenRead(path)) : null;
        }

        var bytes = await db.CustomerFileContents.AsNoTracking().Where(c => c.FileId == id).Select(c => c.Content).FirstOrDefaultAsync(ct);
        return bytes is null ? null : (file, new MemoryStream(bytes, writable: false));
    }

    public async Task<Outcome<CustomerFile>> DeleteAsync(long id, long? customerId, CancellationToken ct)
    {
        var file = await db.CustomerFiles.FirstOrDefaultAsync(f => f.Id == id && (customerId == null || f.CustomerId == customerId), ct);
        if (file is null)
        {
            return Outcome<CustomerFile>.NotFound();
        }

        db.CustomerFiles.Remove(file);
        Record(file, $"File “{file.FileName}” removed");
        await db.SaveChangesAsync(ct);
        if (file.StoredName is not null)
        {
            File.Delete(Path.Combine(Folder, file.StoredName));
        }

        return Outcome<CustomerFile>.Ok(file);
    }

    private static Outcome<CustomerFile> TooLarge() =>
        Outcome<CustomerFile>.Invalid("file", $"The file is larger than {ActivityLimits.MaxFileBytes / (1024 * 1024)} MB.");

    /// <summary>The last path segment (either separator), without control characters, at most 200 characters with its extension kept.</summary>
    public static string CleanName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string([.. name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c))]).Trim().Trim('.');
        if (name.Length == 0)
        {
            return "file";
        }

        if (name.Length <= ActivityLimits.FileName)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        return name[..(ActivityLimits.FileName - extension.Length)] + extension;
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private void Record(CustomerFile file, string summary) => db.RecordActivity(() => new ActivityEntry
    {
        CustomerId = file.CustomerId,
        Kind = ActivityKind.File,
        Actor = db.Actor.Name,
        Summary = ActivityText.Truncate(summary, ActivityLimits.Summary)!,
        SubjectType = nameof(CustomerFile),
        SubjectId = file.Id,
    });
}
