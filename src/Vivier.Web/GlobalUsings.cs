// Namespaces nearly every file of this project uses, once here instead of at the top of each file.
global using System.Globalization;
global using System.Security.Claims;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
global using Vivier.Core;
global using Vivier.Core.Identity;
global using Vivier.Core.Missions;
global using Vivier.Core.Events;
global using Vivier.Web.Infrastructure;
