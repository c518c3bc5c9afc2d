// Namespaces nearly every file of this project uses, once here instead of at the top of each file.
global using System.Globalization;
global using System.Text;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Vivier.Core.Identity;
global using Vivier.Core.Missions;
global using Vivier.Core.ReferenceData;
global using Vivier.Core.Inputs;
